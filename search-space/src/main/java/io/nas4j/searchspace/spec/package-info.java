/** The study spec file: dataset, task, objective, budget, spaces, strategy; loading and validation. */
package io.nas4j.searchspace.spec;

/** Trials as strategies and stores see them: states, lineage, proposals and the study history. */
package io.nas4j.searchspace.trial;

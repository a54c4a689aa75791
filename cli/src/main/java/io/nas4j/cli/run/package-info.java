/**
 * Running a study: the coordinator loop that asks the strategy, checks and records candidates,
 * has them evaluated, and stops at the budget; progress output; crash-safe resume.
 */
package io.nas4j.cli.run;

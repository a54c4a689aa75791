/** Candidates (architecture plus hyperparameters), their canonical JSON and fingerprints. */
package io.nas4j.searchspace.candidate;

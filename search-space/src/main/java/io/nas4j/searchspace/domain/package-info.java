/**
 * Value domains (integer and float ranges, choices). Every domain maps a gene in [0, 1) to a
 * value and back, which is what random sampling, grid enumeration and genetic codecs share.
 */
package io.nas4j.searchspace.domain;

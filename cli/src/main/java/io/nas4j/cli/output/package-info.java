/** Terminal output: aligned tables and number formats. */
package io.nas4j.cli.output;

/**
 * Stage order and assembly: runs the stages for one document and builds the public records.
 */
package dev.verbatim.pipeline;

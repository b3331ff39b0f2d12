/**
 * Internal: facet dimensions and their counts, with multi-select (drill-sideways) semantics. Not
 * part of the public API.
 */
package dev.gazette.facet;

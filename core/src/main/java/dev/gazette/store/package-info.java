/**
 * Internal: where a data folder keeps its generations (complete indexes, one of them live) and the
 * rules for them. {@link dev.gazette.store.Generations} holds the policy both backends share (build
 * beside the live one, check, switch atomically, log, keep three); a {@link
 * dev.gazette.store.GenerationStore} only does one storage's mechanics: {@link
 * dev.gazette.store.FolderStore} for Lucene indexes in the data folder, {@link
 * dev.gazette.store.AliasStore} for OpenSearch indexes behind an alias. Not part of the public API.
 */
package dev.gazette.store;

/**
 * The bundled embedding model behind core's {@link dev.gazette.Embedder}: {@link
 * dev.gazette.embeddings.BundledEmbedder}, bge-small-en-v1.5 (int8) run in-process by ONNX Runtime,
 * offline, on a bounded number of threads. Its own module so that applications embedding core
 * without meaning search pull no ONNX Runtime (about 90 MB of jars).
 */
package dev.gazette.embeddings;

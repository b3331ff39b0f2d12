/** The JMH micro-benchmarks, each Gazette step beside its baseline. */
package dev.gazette.bench.micro;

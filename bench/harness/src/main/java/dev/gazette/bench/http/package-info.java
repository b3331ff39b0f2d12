/** A minimal HTTP/1.1 client and a closed-loop load generator, so that the client costs little of what is timed. */
package dev.gazette.bench.http;

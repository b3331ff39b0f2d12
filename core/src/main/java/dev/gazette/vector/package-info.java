/**
 * Search by meaning in the embedded index: the vector each article gets (from its title and the
 * start of its body), computed in the background after the article is searchable by its words and
 * reused while its text is unchanged; the vectors of the first passages of a longer body, embedded
 * after every article has its own, from which a hit found by meaning alone takes its snippet; the
 * cached vectors of queries; and how far the index is embedded.
 */
package dev.gazette.vector;

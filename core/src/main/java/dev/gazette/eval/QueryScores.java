package dev.gazette.eval;

/**
 * The scores of one topic.
 *
 * @param topicId the topic
 * @param relevant documents judged relevant
 * @param retrieved documents retrieved, at most the depth
 * @param relevantRetrieved relevant documents among those retrieved
 * @param scores its metrics
 */
public record QueryScores(String topicId, int relevant, int retrieved, int relevantRetrieved, Scores scores) {}

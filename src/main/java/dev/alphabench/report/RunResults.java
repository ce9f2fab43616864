package dev.alphabench.report;

import java.util.List;

/**
 * What a run, a merge or a JMH conversion writes: the cell summaries and their repetitions.
 *
 * @param raws the repetitions, or null when there is no raw file (JMH keeps its own forks)
 */
public record RunResults(List<CellSummary> summaries, List<Repetition> raws) {
    public static RunResults summariesOnly(List<CellSummary> summaries) {
        return new RunResults(summaries, null);
    }
}

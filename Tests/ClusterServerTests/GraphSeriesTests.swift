import ClusterWorkflows
import Testing

/// The earlier graph a graph's page compares with is found by the year in the names.
@Suite struct GraphSeriesTests {
    @Test func theEarlierGraphIsTheLatestYearBeforeOfTheSameStem() {
        let names = ["FIN-1995", "FIN-2005", "FIN-2011", "SWE-2005", "fi2014", "fi2014/Uusimaa", "FIN-20110"]
        #expect(GraphSeries.earlier(than: "FIN-2011", among: names) == "FIN-2005")
        #expect(GraphSeries.earlier(than: "FIN-1995", among: names) == nil, "nothing before the first year")
        #expect(GraphSeries.earlier(than: "fi2014", among: names) == nil, "another stem is another economy")
        #expect(GraphSeries.series(of: "FIN-2011", among: names).map(\.year) == [1995, 2005, 2011], "a longer number is not a year")
        #expect(GraphSeries.series(of: "eco-strength", among: names).isEmpty, "a name without a year has no series")
    }

    @Test func theYearIsTheLastOneInTheName() {
        #expect(GraphSeries.earlier(than: "io2014-v2020", among: ["io2014-v2019", "io2013-v2020"]) == "io2014-v2019")
    }
}

import ClusterGraph
import Testing

@Suite struct ClusterTemplateTests {
    let template = ClusterTemplate(name: "t", method: .file, clusters: [
        .init(id: 0, name: "forest", namedBy: .file, members: [.init(key: "c1"), .init(key: "c6"), .init(key: "c7")]),
        .init(id: 1, name: "ICT", namedBy: .file, members: [.init(key: "c14"), .init(key: "c30")]),
        .init(id: 2, name: "energy", namedBy: .file, members: [.init(key: "c2")]),
    ])

    @Test func fitPartitionsTheGraphAndSaysWhatDoesNotMatch() {
        let keys = ["c7", "c30", "c14", "c1", "c99", "c14b"]
        let fit = template.fit(keys: keys)
        #expect(fit.partition.members(keys: keys) == [["c1", "c7"], ["c14", "c30"], ["c14b"], ["c99"]])
        #expect(fit.templateCluster == [0, 1, nil, nil])
        #expect(fit.names == ["forest", "ICT", nil, nil])
        #expect(fit.missing == ["c2", "c6"])
        #expect(fit.extra == ["c14b", "c99"])
        #expect(fit.absentClusters == [2])
        #expect(!fit.isExact)
        #expect(fit.community(ofTemplateCluster: 1) == 1)
        #expect(fit.community(ofTemplateCluster: 2) == nil)
        #expect(template.fit(keys: template.keys).isExact)
    }

    @Test func referencesResolveByIdNameOrUnambiguousStart() {
        let names: [String?] = ["forest", "food", nil, "ICT"]
        #expect(ClusterReference.resolve("2", names: names) == .found(2))
        #expect(ClusterReference.resolve("Forest", names: names) == .found(0))
        #expect(ClusterReference.resolve("fore", names: names) == .found(0))
        #expect(ClusterReference.resolve("fo", names: names) == .ambiguous(["forest", "food"]))
        #expect(ClusterReference.resolve("4", names: names) == .notFound)
        #expect(ClusterReference.resolve("steel", names: names) == .notFound)
        #expect(template.resolve("ict") == .found(1))
        #expect(ClusterReference.isValidName("forest") && !ClusterReference.isValidName("12") && !ClusterReference.isValidName(" "))
    }
}

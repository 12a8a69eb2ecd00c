extension MaturityRules {
    /// ClusterNet's default rules, the same as the shipped `Rules/maturity-default.json` (a test
    /// keeps the two equal). Every condition cites the seed article's sentence it implements, or
    /// says why it is a judgement; `Docs/maturity-and-models.md` shows how often each holds and
    /// fails on the shipped WIOD tables (`Tools/maturity/condition-table`).
    public static let standard = MaturityRules(
        name: "ClusterNet default maturity rules (seed article / ETLA categories, absolute anchors)",
        indicators: IndicatorSettings(),
        classes: [
            ClassRule(
                class: .strong,
                summary: "Strong: export-specialised against the world, tightly linked inside, balanced between a core and supporting industries, and not shrinking.",
                conditions: [
                    Condition(.rca, .atLeast, .value(1),
                              why: "A strong cluster is more export-specialised than the world (RCA of at least 1: its share of world exports is above the economy's own share of world exports).",
                              from: .seed(SeedText.worldExportsQuote, SeedText.worldExportsEnglish,
                                          threshold: "RCA = the cluster's world export share / the economy's world export share, so RCA ≥ 1 and 'world share above the economy's own' are one test; 1 is Balassa's neutral point, an absolute anchor.")),
                    Condition(.internalLinkage, .atLeast, .value(0.33),
                              why: "Intensive interaction inside: at least a third of the members' intermediate sales go to members.",
                              from: .seed(SeedText.strongQuote, SeedText.strongEnglish,
                                          threshold: "A third of intermediate sales kept inside a group of two to five sectors is intensive; the median of ETLA's WIOD families keeps 31 % (quartiles 22 % and 42 %).")),
                    Condition(.linkageLift, .atLeast, .value(2),
                              why: "The members trade with each other at least twice as much as their size predicts.",
                              from: .seed(SeedText.strongQuote, SeedText.strongEnglish,
                                          threshold: "The inside share over the members' share of all intermediate purchases: 2 keeps a large group from passing by size alone.")),
                    Condition(.largestMemberShare, .atMost, .value(0.7),
                              why: "Balanced: no member makes more than 70 % of the cluster's output.",
                              from: .seed(SeedText.strongQuote, SeedText.strongEnglish,
                                          threshold: "Balanced core and supporting industries: a cluster where one member makes over 70 % is one industry with appendages.")),
                    Condition(.supportingMembers, .atLeast, .value(1),
                              why: "Supporting industries: at least one member besides the largest sells a tenth of its intermediate sales to members or is export-specialised itself.",
                              from: .seed(SeedText.supportQuote, SeedText.supportEnglish,
                                          threshold: "A supporting industry really sells into the cluster (10 % of its intermediate sales) or trades itself (RCA ≥ 1), as Finland's machine building does.")),
                    Condition(.outputGrowth, .atLeast, .value(0), ifMissing: .skip,
                              why: "Dynamics not negative: output did not fall since the earlier year.",
                              from: .judgement("A shrinking cluster is not strong; untested in a first year, where the structure and world position above decide. WIOD values are current US dollars, so exchange rates move them.")),
                    Condition(.exportGrowth, .atLeast, .value(0), ifMissing: .skip,
                              why: "Dynamics not negative: exports did not fall since the earlier year.",
                              from: .judgement("As for output: strong clusters keep their export base; untested in a first year.")),
                    Condition(.rdIntensity, .atLeast, .value(0.01), ifMissing: .skip,
                              why: "Innovation: the members spend at least 1 % of their output on R&D, where R&D data is given.",
                              from: .seed(SeedText.strongQuote, SeedText.strongEnglish,
                                          threshold: "World-class innovation potential measured by R&D intensity (attribute rd_intensity); the shipped tables carry none, so it is tested only where a user imports it.")),
                ],
                describe: [.worldShare, .exportShare, .rcaChange, .worldShareGrowth]),
            ClassRule(
                class: .stable,
                summary: "Stable: positive dynamics of all its elements — output, exports and world share grow — without the world position, linkage or balance of a strong cluster yet.",
                conditions: [
                    Condition(.outputGrowth, .above, .value(0), ifMissing: .undecided,
                              why: "Output grew since the earlier year.",
                              from: .seed(SeedText.stableQuote, SeedText.stableEnglish, threshold: "Positive means above zero.")),
                    Condition(.exportGrowth, .above, .value(0), ifMissing: .undecided,
                              why: "Exports grew since the earlier year.",
                              from: .seed(SeedText.stableQuote, SeedText.stableEnglish, threshold: "Positive means above zero.")),
                    Condition(.worldShareGrowth, .above, .value(0), ifMissing: .undecided,
                              why: "The cluster's share of world exports grew since the earlier year.",
                              from: .seed(SeedText.stableQuote, SeedText.stableEnglish,
                                          threshold: "World share is currency-neutral, so it checks growth measured in dollars.")),
                ],
                describe: [.rca, .worldShare, .internalLinkage]),
            ClassRule(
                class: .potential,
                summary: "Potential: uneven development — some members export-specialised, others weak — with growth or R&D.",
                conditions: [
                    Condition(.specialisedMembers, .atLeast, .value(1),
                              why: "Some elements are strong: at least one member is export-specialised (RCA of at least 1).",
                              from: .seed(SeedText.potentialQuote, SeedText.potentialEnglish,
                                          threshold: "A strong element is a member with RCA ≥ 1, the same anchor as the cluster's.")),
                    Condition(.unspecialisedMembers, .atLeast, .value(1),
                              why: "Other elements are weak: at least one member is not export-specialised (RCA below 1).",
                              from: .seed(SeedText.potentialQuote, SeedText.potentialEnglish,
                                          threshold: "Uneven means strong and weak members side by side.")),
                    Condition(anyOf: [
                        Condition(.outputGrowth, .above, .value(0)),
                        Condition(.rdIntensity, .atLeast, .value(0.01)),
                    ], ifMissing: .undecided,
                              why: "It grows or builds on knowledge: output grew, or the members spend at least 1 % of output on R&D.",
                              from: .judgement("Potential is a future: a cluster neither growing nor R&D-intensive has none to show; with neither an earlier year nor R&D data the class is undecided.")),
                ],
                describe: [.rca, .internalLinkage]),
            ClassRule(
                class: .latent,
                summary: "Latent: successful members — export-specialised, concentrated here, or led by a large firm — with weak links among them, far from a full cluster structure.",
                conditions: [
                    Condition(anyOf: [
                        Condition(.specialisedMembers, .atLeast, .value(1)),
                        Condition(.locationQuotient, .atLeast, .value(2)),
                        Condition(.largestFirmShare, .atLeast, .value(0.5)),
                    ],
                              why: "Successful members: one is export-specialised (RCA of at least 1), or the cluster is concentrated here (LQ of at least 2), or a leader firm makes half the output.",
                              from: .seed(SeedText.latentQuote, SeedText.latentEnglish,
                                          threshold: "Success measured three ways: RCA ≥ 1, the European Cluster Observatory's specialisation star (LQ ≥ 2), or a leader with half the output.")),
                    Condition(.internalLinkage, .below, .value(0.33),
                              why: "Weak links: less than a third of the members' intermediate sales go to members.",
                              from: .seed(SeedText.latentQuote, SeedText.latentEnglish,
                                          threshold: "The complement of the strong class's linkage test.")),
                ],
                describe: [.largestMemberShare, .outputShare]),
        ])
}

/// The seed article's sentences the default rules cite (`../shared/seed`, an article in Kyrgyz on
/// foreign cluster experience for Kazakhstan), with English renderings.
public enum SeedText {
    public static let strongQuote = "Бул категориядагы кластер үчүн негизги да, жардамчы да өндүрүш катары тең салмактуулуктун жакшы өнүгүшү, жогорку ички атаандаштык, дүйнөлүк деңгээлдеги инновациялык потенциал, биргелешкен долбоор жана тармак аралык уюмдардын иштеринин алкагында интенсивдүү ички кластердик өз ара аракеттенүү мүнөздүү."
    public static let strongEnglish = "Clusters of this category are marked by a well-balanced development of both core and supporting industries, high internal competition, world-class innovation potential, and intensive interaction inside the cluster through joint projects and inter-industry bodies."
    public static let worldExportsQuote = "Жогорку атаандаштык жөндөмдүүлүгүн тастыктоо менен кластердик бирикме 0,5% дүйнөлүк талаа ресурстарынын запастарына ээ болуу менен кызмат кылары далилденген, Финдляндия бак-даракты кайра иштетүү продукциясын дүйнөлүк экспортко чыгарууда 10% ашыгын камсыз кылат, анын ичинде дүйнөлүк экспорттун 25% сапаттуу кагаздар."
    public static let worldExportsEnglish = "Confirming its high competitiveness, with 0.5 % of the world's forest resources Finland supplies over 10 % of world exports of wood-processing products, including 25 % of world exports of quality paper."
    public static let supportQuote = "көбүрөөк өнүккөн кластер (экономиканын экспортунун негизи) болуп талаа (бак иштеп чыгаруучу) кластери саналат, ал үчүн колдоого алынуучу тармактар болуп өз учурунда кластерленген машина куруу жана химиялык өндүрүш болуп саналат."
    public static let supportEnglish = "The most developed cluster (the base of the economy's exports) is the forest (wood-processing) cluster, whose supporting industries are machine building and chemicals, themselves clustered."
    public static let stableQuote = "Энергетикалык, метталлургиялык жана машина куруу киргизилген туруктуу кластерлер бардык кластерлердин элементтеринин позитивдүү динамикасын көрсөтөт, бирок, алгомерациядан ишенимдүү пайданы алуу үчүн зарыл болгон деңгээлге жетише элек."
    public static let stableEnglish = "The stable clusters, energy, metallurgy and machine building, show positive dynamics of all their elements but have not yet reached the level needed for reliable gains from agglomeration."
    public static let potentialQuote = "Потенциалдуу кластерлер – бизнес-кызмат көрсөтүү, саламаттык сактоо – кластердин структурасынын бирдей эмес өнүгүүсүн мүнөздөйт."
    public static let potentialEnglish = "Potential clusters — business services, health care — show an uneven development of the cluster structure."
    public static let latentQuote = "Көмүскө кластерлер (азык-түлүк жана курулуш) Valio, Fazer, Skanska, Kone – ийгиликтүү компанияларды бириктирсе дагы, бирок жалпысынан толук кандуу кластердик структурадан алыс жана анын калыптануу процесси жетишерлик жай жүрөт."
    public static let latentEnglish = "Latent (hidden) clusters (food and construction), though they unite successful companies — Valio, Fazer, Skanska, Kone — are on the whole far from a full cluster structure, and they form rather slowly."
}

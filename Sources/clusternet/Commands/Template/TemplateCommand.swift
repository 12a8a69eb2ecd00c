import ArgumentParser

/// `clusternet template`: named cluster definitions applied to every graph with the same keys.
///
/// ```
/// $ clusternet template derive nordic --graph FIN-2011 --graph SWE-2011 --seed 7
/// $ clusternet template import Graphs/wiod-2013/clusters.csv --name etla --graph FIN-2011
/// $ clusternet template apply etla --graph DEU-2011 --save etla
/// $ clusternet models --graph DEU-2011 --partition etla --cluster forest
/// ```
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Cluster templates: one named cluster definition for every year and region.",
        discussion: """
            As the US Cluster Mapping and the European Cluster Observatory apply one cluster \
            definition to every region and year, a template is derived once — by consensus over many \
            community detections, on one graph or pooled over several — or imported from a \
            key,cluster file, and then applied to any graph with the same sector keys. Clusters have \
            names (derived from their largest member, or your own) that work wherever a cluster is \
            chosen. See Docs/templates-and-compare.md.
            """,
        subcommands: [TemplateDeriveCommand.self, TemplateImportCommand.self, TemplateListCommand.self, TemplateShowCommand.self,
                      TemplateApplyCommand.self, TemplateRenameCommand.self, TemplateNamesCommand.self, TemplateDeleteCommand.self]
    )
}

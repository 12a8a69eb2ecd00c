import ArgumentParser

/// A `--set NAME=VALUE` what-if: one of `Name`'s values and a number in [0, 1].
///
/// ```swift
/// @Option(name: .customLong("set"), transform: WhatIfSetting<Characteristic>.parse) var settings: [WhatIfSetting<Characteristic>] = []
/// let whatIf = try WhatIfSetting.dictionary(settings)   // [.fdi: 0.9]
/// ```
struct WhatIfSetting<Name: RawRepresentable & CaseIterable & Hashable & Sendable>: Sendable where Name.RawValue == String {
    let name: Name
    let value: Double

    static func parse(_ text: String) throws -> WhatIfSetting {
        let names = Name.allCases.map(\.rawValue).joined(separator: ", ")
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            throw ValidationError("--set takes NAME=VALUE, such as fdi=0.9; \"\(text)\" has no '='.")
        }
        guard let name = Name(rawValue: parts[0]) else {
            throw ValidationError("--set: \"\(parts[0])\" is not a name here; use one of: \(names).")
        }
        guard let value = Double(parts[1]), (0...1).contains(value) else {
            throw ValidationError("--set \(parts[0]): \"\(parts[1])\" is not a number between 0 and 1.")
        }
        return WhatIfSetting(name: name, value: value)
    }

    /// The settings by name; a name set twice is an error.
    static func dictionary(_ settings: [WhatIfSetting]) throws -> [Name: Double] {
        var values: [Name: Double] = [:]
        for setting in settings {
            guard values.updateValue(setting.value, forKey: setting.name) == nil else {
                throw ValidationError("--set \(setting.name.rawValue) is given twice; give each name once.")
            }
        }
        return values
    }
}

/// Splits sector names such as `17_18 Paperiteollisuus ja painaminen` into a key (`17_18`) and
/// a label (`Paperiteollisuus ja painaminen`).
///
/// Names are split only when every one of them starts with a code-like word (letters, digits and
/// `_ + . - /`, with at least one digit) followed by text, and the codes are all different;
/// otherwise each whole name is the key and there is no label.
///
/// ```swift
/// SectorKeys.sectors(from: ["01 Maatalous", "02_03 Metsätalous"]).map(\.key)   // ["01", "02_03"]
/// SectorKeys.sectors(from: ["c1", "c2"]).map(\.key)                            // ["c1", "c2"]
/// ```
enum SectorKeys {
    static func sectors(from names: [String]) -> [IOSector] {
        let split = names.map(codeAndRest)
        let codes = split.compactMap { $0?.code }
        if codes.count == names.count, Set(codes).count == codes.count {
            return split.compactMap { $0.map { IOSector(key: $0.code, label: $0.rest) } }
        }
        return names.map { IOSector(key: $0, label: nil) }
    }

    private static func codeAndRest(_ name: String) -> (code: String, rest: String)? {
        let trimmed = name.trimmingCharacters()
        guard let space = trimmed.firstIndex(of: " ") else { return nil }
        let code = trimmed[..<space]
        let rest = trimmed[trimmed.index(after: space)...].trimmingCharacters()
        guard !rest.isEmpty, code.unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
              code.unicodeScalars.allSatisfy(isCodeScalar) else { return nil }
        return (String(code), rest)
    }

    private static func isCodeScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || "_+.-/".unicodeScalars.contains(scalar)
    }
}

extension Substring {
    func trimmingCharacters() -> String { String(self).trimmingCharacters() }
}

/// Joins a negative number to the long option before it: `--resolution -1` becomes
/// `--resolution=-1`.
///
/// swift-argument-parser reads any word that starts with `-` as an option, so `--resolution -1`
/// failed with "Missing value for '--resolution'" instead of reaching the check that says which
/// values are allowed. No ClusterNet option is a dash followed by a digit, so such a word after a
/// long option is always meant as its value; a command line that worked before is unchanged,
/// because the word could only have been an unknown option. Words after `--` are left alone.
///
/// ```swift
/// NegativeNumberArguments.joined(["communities", "--resolution", "-0.5"])
/// // ["communities", "--resolution=-0.5"]
/// ```
enum NegativeNumberArguments {
    static func joined(_ arguments: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(arguments.count)
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" {
                result.append(contentsOf: arguments[index...])
                break
            }
            if word.hasPrefix("--"), !word.contains("="), index + 1 < arguments.count,
               isNegativeNumber(arguments[index + 1]) {
                result.append(word + "=" + arguments[index + 1])
                index += 2
            } else {
                result.append(word)
                index += 1
            }
        }
        return result
    }

    /// `-1`, `-0.5`, `-.5`, `-1e-3`: a dash, then a digit or a point and a digit.
    private static func isNegativeNumber(_ word: String) -> Bool {
        let characters = Array(word.utf8.prefix(3))
        guard characters.count >= 2, characters[0] == UInt8(ascii: "-") else { return false }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        return isDigit(characters[1])
            || (characters[1] == UInt8(ascii: ".") && characters.count == 3 && isDigit(characters[2]))
    }
}

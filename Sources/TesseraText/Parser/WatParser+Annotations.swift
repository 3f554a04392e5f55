import TesseraTypes
import TesseraBinary

/// The annotations with a meaning: `@custom` (custom sections), `@name` (checked for placement) and
/// `@metadata.code.branch_hint` (checked for placement and target). All others are ignored.
extension WatParser {
    /// Sections in binary order with their text names, as `@custom` placements name them.
    static let sectionPlacementOrder: [(name: String, id: UInt8)] = [
        ("type", 1), ("import", 2), ("func", 3), ("table", 4), ("memory", 5), ("tag", 13), ("global", 6),
        ("export", 7), ("start", 8), ("elem", 9), ("datacount", 12), ("code", 10), ("data", 11),
    ]

    mutating func processAnnotations() throws(WasmError) {
        var customs: [(slot: Int, section: CustomSection)] = []
        var sawModuleName = false
        var branchHintTargets: Set<Int> = []
        for annotation in c.annotations {
            let at = annotation.tokenIndex
            switch annotation.name {
            case "custom":
                guard layout.moduleLevel.contains(at) else {
                    throw WasmError.malformed("misplaced @custom annotation", offset: annotation.start)
                }
                customs.append(try customSection(annotation))
            case "name":
                if at == layout.fieldsStart {
                    // Before every field: the module's name.
                    if sawModuleName {
                        throw WasmError.malformed("@name annotation: multiple module", offset: annotation.start)
                    }
                    sawModuleName = true
                } else if !layout.nameSlots.contains(at) {
                    throw WasmError.malformed("misplaced @name annotation", offset: annotation.start)
                }
            case "metadata.code.branch_hint":
                guard layout.functions.contains(where: { $0.contains(at) }) else {
                    throw WasmError.malformed(
                        "@metadata.code.branch_hint annotation: not in a function", offset: annotation.start)
                }
                guard branchHintTargets.insert(at).inserted else {
                    throw WasmError.malformed(
                        "@metadata.code.branch_hint annotation: duplicate annotation", offset: annotation.start)
                }
                var target = c.tokens[at]
                if target.kind == .leftParen { target = c.tokens[at + 1] }
                guard c.isKeyword(target, "if") || c.isKeyword(target, "br_if") else {
                    throw WasmError.invalid(
                        "@metadata.code.branch_hint annotation: invalid target", offset: annotation.start)
                }
            default:
                break
            }
        }
        guard !customs.isEmpty else { return }
        // Stable order by placement; each goes after the last present section before its slot.
        let present = Self.sectionPlacementOrder.enumerated().filter { module.hasSection(id: $0.element.id) }
        let ordered = customs.enumerated().sorted { ($0.element.slot, $0.offset) < ($1.element.slot, $1.offset) }
        for (_, entry) in ordered {
            var section = entry.section
            section.position = Int(present.last(where: { 2 * $0.offset + 1 <= entry.slot })?.element.id ?? 0)
            module.customSections.append(section)
        }
    }

    /// `(@custom "name" placement? "bytes"*)`, with its placement slot: `2 * rank` before the section of
    /// that rank in binary order, `2 * rank + 1` after it.
    private func customSection(_ a: Annotation) throws(WasmError) -> (slot: Int, section: CustomSection) {
        func fail(_ message: String, _ t: Token?) -> WasmError {
            .malformed("@custom annotation: \(message)", offset: t?.start ?? a.start)
        }
        var tokens = a.tokens[...]
        guard let nameToken = tokens.first, nameToken.kind == .string else {
            throw fail("missing section name", tokens.first)
        }
        tokens = tokens.dropFirst()
        let nameBytes = decodeStringLiteral(c.source, start: nameToken.start, end: nameToken.end)
        guard isValidUTF8(nameBytes) else { throw fail("malformed UTF-8 encoding", nameToken) }
        var slot = Int.max
        if let open = tokens.first, open.kind == .leftParen {
            tokens = tokens.dropFirst()
            guard let place = tokens.first, c.isKeyword(place, "before") || c.isKeyword(place, "after") else {
                throw fail("malformed placement", tokens.first)
            }
            let after = c.isKeyword(place, "after")
            tokens = tokens.dropFirst()
            guard let kind = tokens.first, kind.kind == .keyword else { throw fail("malformed section kind", tokens.first) }
            let word = c.text(kind)
            if word == "first", !after {
                slot = 0
            } else if word == "last", after {
                slot = Int.max
            } else if let rank = Self.sectionPlacementOrder.firstIndex(where: { $0.name == word }) {
                slot = 2 * rank + (after ? 1 : 0)
            } else {
                throw fail("malformed section kind", kind)
            }
            tokens = tokens.dropFirst()
            guard let close = tokens.first, close.kind == .rightParen else { throw fail("unexpected token", tokens.first) }
            tokens = tokens.dropFirst()
        }
        var payload: [UInt8] = []
        for t in tokens {
            guard t.kind == .string else { throw fail("unexpected token", t) }
            payload += decodeStringLiteral(c.source, start: t.start, end: t.end)
        }
        let section = CustomSection(name: String(decoding: nameBytes, as: UTF8.self), payload: payload[...], position: 0)
        return (slot, section)
    }
}

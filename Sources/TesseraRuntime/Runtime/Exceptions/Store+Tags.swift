import TesseraTypes
import TesseraBinary
import TesseraValidation

// Tags at instantiation: imported tags are the exporter's (the same address, so catch clauses match
// across instances); each tag definition makes a new tag.

extension Store {
    /// Completes an instance's tag index space (`tags` holds the imported ones) with a new tag per
    /// definition of `module`, and points the instance context at it.
    func defineTags(_ module: Module, imported tags: [TagRef], context: IP) -> [TagRef] {
        let validated = module.validated
        var tags = tags
        var exportNames: [Int: String] = [:]
        for export in module.exports where export.kind == .tag && exportNames[Int(export.index)] == nil {
            exportNames[Int(export.index)] = export.name
        }
        for definition in module.module.tags {
            let index = tags.count
            let type = validated.context.functionType(ofTag: UInt32(index))
            let id = typeID(TypeKey(validated.canonicalTypes[Int(definition.typeIndex)]))
            let name = exportNames[index].map { "tag \(index) \"\($0)\"" } ?? "tag \(index)"
            tags.append(control.allocateTag(type: type, typeID: id, name: name))
        }
        context.pointee.tags = control.tagArray(tags)
        return tags
    }

    /// Whether an imported tag fits the declared one: tag types must be equivalent.
    func tagMatches(_ provided: Tag, _ declared: TagType, of module: Module) -> Bool {
        provided.store === self
            && provided.entry.pointee.typeID == typeID(TypeKey(module.validated.canonicalTypes[Int(declared.typeIndex)]))
    }
}

import TesseraTypes

/// Custom sections, and the `name` section decoded leniently: a custom section's contents never make a
/// module malformed, only its own name (UTF-8) and size can.
extension ModuleDecoder {
    mutating func decodeCustomSection() throws(WasmError) {
        let outerEnd = reader.end
        reader.end = sectionEnd
        defer { reader.end = outerEnd }
        // The name must fit in the section; running past it is "unexpected end".
        let name = try reader.readName()
        let payload = reader.bytes[reader.offset..<sectionEnd]
        reader.offset = sectionEnd
        module.customSections.append(CustomSection(name: name, payload: payload, position: lastSectionID))
        if name == "name" {
            module.names = NameSection(decoding: payload)
        }
    }
}

extension NameSection {
    /// Decodes the module, function and local name subsections; other subsections are skipped. Returns
    /// nil when the payload is not well-formed.
    public init?(decoding payload: ArraySlice<UInt8>) {
        var reader = BinaryReader(payload)
        var names = NameSection()
        do throws(WasmError) {
            while !reader.isAtEnd {
                let id = try reader.readByte()
                let size = try reader.readLength()
                let end = reader.offset + size
                var sub = BinaryReader(payload[reader.offset..<end])
                switch id {
                case 0:
                    names.moduleName = try sub.readName()
                case 1:
                    names.functionNames = try Self.readNameMap(&sub)
                case 2:
                    let count = try sub.readVectorCount(minimumElementSize: 2)
                    for _ in 0..<count {
                        let function = try sub.readU32()
                        names.localNames[function] = try Self.readNameMap(&sub)
                    }
                default:
                    sub.offset = end
                }
                guard sub.isAtEnd else { return nil }
                reader.offset = end
            }
        } catch {
            return nil
        }
        self = names
    }

    private static func readNameMap(_ reader: inout BinaryReader) throws(WasmError) -> [UInt32: String] {
        let count = try reader.readVectorCount(minimumElementSize: 2)
        var map: [UInt32: String] = [:]
        map.reserveCapacity(count)
        for _ in 0..<count {
            let index = try reader.readU32()
            map[index] = try reader.readName()
        }
        return map
    }
}

import TesseraTypes

/// Writes a `WasmModule` as a binary: the header, then the sections in canonical order, each custom
/// section after the section it followed when decoded.
struct ModuleEncoder {
    var writer = BinaryWriter(bytes: [])
    var bytes: [UInt8] { writer.bytes }

    /// Non-custom section ids in canonical order.
    static let sectionOrder: [UInt8] = [1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11]

    mutating func encode(_ module: WasmModule) {
        writer.bytes.reserveCapacity(estimatedSize(module))
        writer.bytes += [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]
        var customsWritten = Array(repeating: false, count: module.customSections.count)
        writeCustomSections(module, position: 0, written: &customsWritten)
        for id in Self.sectionOrder {
            let hasTrailingCustom = module.customSections.contains { $0.position == Int(id) }
            if module.hasSection(id: id) || hasTrailingCustom {
                writeSection(id) { w in Self.writeContent(of: module, section: id, to: &w) }
            }
            writeCustomSections(module, position: Int(id), written: &customsWritten)
        }
        // Custom sections whose position names no section go last.
        for (i, custom) in module.customSections.enumerated() where !customsWritten[i] {
            writeCustomSection(custom)
        }
    }

    private func estimatedSize(_ module: WasmModule) -> Int {
        var n = 64
        for body in module.codes { n += body.code.count + 8 }
        for segment in module.data { n += segment.bytes.count + 8 }
        for custom in module.customSections { n += custom.payload.count + custom.name.utf8.count + 8 }
        return n
    }

    private mutating func writeCustomSections(_ module: WasmModule, position: Int, written: inout [Bool]) {
        for (i, custom) in module.customSections.enumerated() where custom.position == position {
            writeCustomSection(custom)
            written[i] = true
        }
    }

    private mutating func writeCustomSection(_ custom: CustomSection) {
        writeSection(0) { w in
            w.writeName(custom.name)
            w.bytes += custom.payload
        }
    }

    /// Writes a section: its id, its size and the contents `body` writes.
    private mutating func writeSection(_ id: UInt8, _ body: (inout BinaryWriter) -> Void) {
        var content = BinaryWriter(bytes: [])
        body(&content)
        writer.writeByte(id)
        writer.writeU32(UInt32(content.bytes.count))
        writer.bytes += content.bytes
    }
}

import TesseraTypes
import TesseraBinary

/// The raw section structure of a binary: id, offset of the id byte, payload size.
struct SectionWalk {
    struct Section {
        var id: UInt8
        var offset: Int
        var size: Int
        var customName: String?

        var name: String {
            switch id {
            case 0: "custom"
            case 1: "type"
            case 2: "import"
            case 3: "function"
            case 4: "table"
            case 5: "memory"
            case 6: "global"
            case 7: "export"
            case 8: "start"
            case 9: "element"
            case 10: "code"
            case 11: "data"
            case 12: "datacount"
            case 13: "tag"
            default: "unknown"
            }
        }
    }

    var sections: [Section] = []
    var error: WasmError?

    init(_ bytes: [UInt8]) {
        var reader = BinaryReader(bytes)
        do throws(WasmError) {
            let magic = try reader.readBytes(4)
            guard magic.elementsEqual([0x00, 0x61, 0x73, 0x6D]) else {
                throw WasmError.malformed("magic header not detected", offset: 0)
            }
            _ = try reader.readBytes(4)
            while !reader.isAtEnd {
                let offset = reader.offset
                let id = try reader.readByte()
                let size = Int(try reader.readU32())
                guard size <= reader.remaining else {
                    throw WasmError.malformed("section size mismatch", offset: offset)
                }
                let payloadStart = reader.offset
                var section = Section(id: id, offset: offset, size: size)
                if id == 0 {
                    var nameReader = BinaryReader(bytes, offset: payloadStart, end: payloadStart + size)
                    section.customName = try? nameReader.readName()
                }
                sections.append(section)
                reader.offset = payloadStart + size
            }
        } catch {
            self.error = error
        }
    }
}

func hex(_ value: Int) -> String {
    let digits = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
}

func pad(_ text: String, _ width: Int, left: Bool = true) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return left ? fill + text : text + fill
}

/// A string in the text format's quoted form.
func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                let digits = String(scalar.value, radix: 16)
                out += "\\" + (digits.count == 1 ? "0" : "") + digits
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

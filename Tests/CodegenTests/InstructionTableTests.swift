import Testing
import TesseraCodegen

@Test func caseNamesAreUnique() {
    var seen = Set<String>()
    for def in instructionTable {
        #expect(seen.insert(def.caseName).inserted, "duplicate case \(def.caseName)")
    }
}

@Test func textNamesAreUniqueExceptSelect() {
    var seen = Set<String>()
    for def in instructionTable where !seen.insert(def.name).inserted {
        #expect(def.name == "select" && def.immediate == .typedSelect, "duplicate mnemonic \(def.name)")
    }
}

@Test func encodingsAreUnique() {
    var seen = Set<Encoding>()
    for def in instructionTable {
        for encoding in def.encodings {
            #expect(seen.insert(encoding).inserted, "duplicate encoding of \(def.name)")
        }
    }
}

@Test func caseNamesFollowTheNamingRule() {
    #expect(InstructionDefinition.camelCase("i32.add") == "i32Add")
    #expect(InstructionDefinition.camelCase("v128.load8x8_s") == "v128Load8x8S")
    #expect(InstructionDefinition.camelCase("i32.atomic.rmw8.add_u") == "i32AtomicRmw8AddU")
    #expect(InstructionDefinition.camelCase("br_on_cast_fail") == "brOnCastFail")
    let names = Set(instructionTable.map(\.caseName))
    for expected in ["select", "typedSelect", "refTest", "refCast", "tryTable", "atomicFence", "i64Add128"] {
        #expect(names.contains(expected))
    }
}

@Test func memoryAccessesHaveAlignmentAndSignature() {
    for def in instructionTable {
        switch def.immediate {
        case .memArg, .memArgLane:
            #expect(def.naturalAlignment != nil, "\(def.name) lacks a natural alignment")
            #expect(def.signature?.parameters.first == "i32", "\(def.name): the address comes first")
        default:
            #expect(def.naturalAlignment == nil, "\(def.name) is not a memory access")
        }
    }
}

@Test func fixedSignaturesCoverTheNumericFamilies() {
    let fixed: Set<Family> = [.numeric, .conversion, .simd, .relaxedSimd, .atomics, .wideArithmetic]
    for def in instructionTable where fixed.contains(def.family) {
        #expect(def.signature != nil, "\(def.name) lacks a signature")
    }
    for def in instructionTable where [.control, .variable, .parametric, .reference, .table, .gc].contains(def.family) {
        #expect(def.signature == nil, "\(def.name) should not have a fixed signature")
    }
}

@Test func tableCoversEveryFamily() {
    #expect(Set(instructionTable.map(\.family)) == Set(Family.allCases))
    // 0xFD: 236 fixed-width SIMD and 20 relaxed SIMD operators; 0xFE: 4 + 14 + 7 * 7 atomics; 0xFB: 31 GC.
    #expect(instructionTable.filter { $0.family == .simd }.count == 236)
    #expect(instructionTable.filter { $0.family == .relaxedSimd }.count == 20)
    #expect(instructionTable.filter { $0.family == .atomics }.count == 67)
    #expect(instructionTable.filter { $0.encoding.prefix == 0xFB }.count == 29)
}

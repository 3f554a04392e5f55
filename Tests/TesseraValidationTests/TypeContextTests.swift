import Testing
import TesseraTypes
import TesseraValidation

@Suite struct TypeContextTests {
    let structOfI32 = SubType(isFinal: false, composite: .structure([FieldType(.value(.i32), mutable: false)]))

    @Test func equalGroupsShareCanonicalIDs() throws {
        // Two self-referential groups written at different positions are the same type.
        let list = { (self_: UInt32) in
            RecGroup(types: [SubType(composite: .structure([
                FieldType(.value(.ref(.ref(self_))), mutable: true)]))])
        }
        let types = try TypeContext(recGroups: [Build.function(), list(1), list(2), Build.function([.i32])])
        #expect(types.equal(1, 2))
        #expect(!types.equal(0, 3))
        #expect(types.canonicalTypes[1] == types.canonicalTypes[2])
        #expect(types.canonicalTypes[1].group === types.canonicalTypes[2].group)
    }

    @Test func groupsDifferingInSizeOrOrderAreDistinct() throws {
        let f = SubType(composite: .function(FunctionType()))
        let s = SubType(composite: .structure([]))
        let types = try TypeContext(recGroups: [
            RecGroup(types: [f, s], isExplicit: true), RecGroup(types: [s, f], isExplicit: true),
            RecGroup(types: [f]),
        ])
        #expect(!types.equal(0, 3))
        #expect(!types.equal(0, 4))
        #expect(!types.equal(1, 2))
        #expect(!types.equal(0, 1))
    }

    @Test func canonicalTypesCompareAcrossModules() throws {
        let group = RecGroup(types: [SubType(composite: .function(FunctionType(parameters: [.ref(.ref(0))])))])
        let a = try TypeContext(recGroups: [Build.function([.i64]), group])
        let b = try TypeContext(recGroups: [group])
        // Index 0 of `group` refers to a different type in each module.
        #expect(a.canonicalTypes[1] != b.canonicalTypes[0])
        let c = try TypeContext(recGroups: [Build.function([.i64]), Build.function(), group])
        #expect(a.canonicalTypes[1] == c.canonicalTypes[2])
        #expect(a.canonicalTypes[1].hashValue == c.canonicalTypes[2].hashValue)
    }

    @Test func structuralSubtyping() throws {
        let sub = SubType(isFinal: false, supertypes: [0], composite: .structure([
            FieldType(.value(.i32), mutable: false), FieldType(.value(.i64), mutable: true)]))
        let types = try TypeContext(recGroups: [RecGroup(types: [structOfI32]), RecGroup(types: [sub])])
        #expect(types.isSubtype(1, of: 0))
        #expect(!types.isSubtype(0, of: 1))
        #expect(types.isSubtype(HeapType.concrete(1), of: .abstract(.eq)))
        #expect(types.isSubtype(HeapType.abstract(.none), of: .concrete(1)))
        #expect(!types.isSubtype(HeapType.abstract(.noFunction), of: .concrete(1)))
        #expect(!types.isSubtype(HeapType.concrete(1), of: .abstract(.array)))
        #expect(types.isSubtype(ValueType.ref(.ref(1, nullable: false)), of: .ref(.ref(0))))
        #expect(!types.isSubtype(ValueType.ref(.ref(1)), of: .ref(.ref(0, nullable: false))))
    }

    @Test func abstractHierarchy() {
        #expect(TypeContext.abstractIsSubtype(.i31, of: .any))
        #expect(TypeContext.abstractIsSubtype(.none, of: .array))
        #expect(TypeContext.abstractIsSubtype(.noExtern, of: .extern))
        #expect(TypeContext.abstractIsSubtype(.noException, of: .exception))
        #expect(!TypeContext.abstractIsSubtype(.function, of: .any))
        #expect(!TypeContext.abstractIsSubtype(.none, of: .function))
        #expect(!TypeContext.abstractIsSubtype(.eq, of: .i31))
    }

    @Test func functionSubtypingIsContravariantInParameters() throws {
        let anyParam = SubType(isFinal: false, composite: .function(
            FunctionType(parameters: [.ref(.abstract(.eq))], results: [.ref(.abstract(.any))])))
        let good = SubType(supertypes: [0], composite: .function(
            FunctionType(parameters: [.ref(.abstract(.any))], results: [.ref(.abstract(.i31))])))
        let bad = SubType(supertypes: [0], composite: .function(
            FunctionType(parameters: [.ref(.abstract(.i31))], results: [.ref(.abstract(.any))])))
        #expect(throws: Never.self) { try TypeContext(recGroups: [RecGroup(types: [anyParam]), RecGroup(types: [good])]) }
        #expect(subTypeError([RecGroup(types: [anyParam]), RecGroup(types: [bad])]))
    }

    @Test func invalidSubtypeDeclarations() {
        let final_ = SubType(isFinal: true, composite: .structure([]))
        let child = SubType(supertypes: [0], composite: .structure([]))
        #expect(subTypeError([RecGroup(types: [final_]), RecGroup(types: [child])]))
        // A mutable field is invariant.
        let mutableAny = SubType(isFinal: false, composite: .structure([
            FieldType(.value(.ref(.abstract(.any))), mutable: true)]))
        let mutableEq = SubType(supertypes: [0], composite: .structure([
            FieldType(.value(.ref(.abstract(.eq))), mutable: true)]))
        #expect(subTypeError([RecGroup(types: [mutableAny]), RecGroup(types: [mutableEq])]))
        // Different kinds never match; supertypes must come first.
        let array = SubType(supertypes: [0], composite: .array(FieldType(.i8, mutable: false)))
        #expect(subTypeError([RecGroup(types: [structOfI32]), RecGroup(types: [array])]))
        let forward = SubType(isFinal: false, supertypes: [1], composite: .structure([]))
        #expect(subTypeError([RecGroup(types: [forward, structOfI32], isExplicit: true)]))
    }

    @Test func referencesBeyondTheGroupAreUnknown() {
        let forward = RecGroup(types: [SubType(composite: .function(FunctionType(parameters: [.ref(.ref(1))])))])
        #expect(throws: WasmError.invalid("unknown type 1")) {
            try TypeContext(recGroups: [forward, Build.function()])
        }
    }

    @Test func subtypingDepthIsLimited() {
        var groups = [RecGroup(types: [SubType(isFinal: false, composite: .structure([]))])]
        for i in 0..<70 {
            groups.append(RecGroup(types: [SubType(isFinal: false, supertypes: [UInt32(i)], composite: .structure([]))]))
        }
        #expect(subTypeError(groups))
        #expect(throws: Never.self) { try TypeContext(recGroups: Array(groups.prefix(64))) }
    }

    @Test func longChainsOfGroupsAreReleasedWithoutRecursion() throws {
        // Each group refers to the previous one; releasing them must not recurse once per group.
        var groups = [Build.function()]
        for i in 0..<100_000 {
            groups.append(RecGroup(types: [SubType(composite: .function(FunctionType(parameters: [.ref(.ref(UInt32(i)))])))]))
        }
        var types: TypeContext? = try TypeContext(recGroups: groups)
        let last = types!.canonicalTypes[100_000]
        types = nil
        #expect(last.supertype == nil)
        #expect(last.group.externals.count == 1)
    }

    func subTypeError(_ groups: [RecGroup]) -> Bool {
        do {
            _ = try TypeContext(recGroups: groups)
            return false
        } catch {
            return error.kind == .invalid && error.message.hasPrefix("sub type")
        }
    }
}

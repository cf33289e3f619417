package io.tabletheory.architecture;

import static com.tngtech.archunit.core.domain.JavaModifier.BRIDGE;
import static com.tngtech.archunit.core.domain.JavaModifier.FINAL;
import static com.tngtech.archunit.core.domain.JavaModifier.PROTECTED;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What "the public API" means for the rules of {@link PublicApiTest}: the public (or protected and nested) types
 * outside {@code internal} packages whose enclosing types are API too, and their public and protected members.
 */
final class PublicApi {

    /** Public types outside internal packages, nested only in such types; no anonymous or local classes. */
    static final DescribedPredicate<JavaClass> TYPES =
            DescribedPredicate.describe("are public types outside internal packages", PublicApi::isApiType);

    private PublicApi() {}

    static boolean isApiType(JavaClass type) {
        return !ProjectModule.isInternal(type) && isVisibleOutsideItsPackage(type);
    }

    private static boolean isVisibleOutsideItsPackage(JavaClass type) {
        if (type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        Set<?> modifiers = type.getModifiers();
        boolean visible = modifiers.contains(PUBLIC) || (type.isNestedClass() && modifiers.contains(PROTECTED));
        return visible
                && type.getEnclosingClass()
                        .map(PublicApi::isVisibleOutsideItsPackage)
                        .orElse(true);
    }

    /** Public members, and protected ones of classes that can be extended; never compiler-generated ones. */
    private static boolean isApiMember(JavaMember member) {
        Set<?> modifiers = member.getModifiers();
        if (modifiers.contains(SYNTHETIC) || modifiers.contains(BRIDGE)) {
            return false;
        }
        return modifiers.contains(PUBLIC)
                || (modifiers.contains(PROTECTED)
                        && !member.getOwner().getModifiers().contains(FINAL));
    }

    /**
     * DESIGN.md, "Packages": "The public API never exposes an internal type." Checks the supertypes and type
     * parameter bounds of an API type and the field types, return types, parameter types, type parameter bounds
     * and thrown types of its API members, generic type arguments and array components included.
     */
    static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no type from an internal package in a public signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getSuperclass().ifPresent(s -> report(type, "extends", s, type, events));
                type.getInterfaces().forEach(i -> report(type, "implements", i, type, events));
                type.getTypeParameters().forEach(p -> reportBounds(type, p, type, events));
                for (JavaField field : type.getFields()) {
                    if (isApiMember(field)) {
                        report(field, "has type", field.getType(), field, events);
                    }
                }
                for (JavaCodeUnit codeUnit : type.getCodeUnits()) {
                    if (!isApiMember(codeUnit)) {
                        continue;
                    }
                    if (codeUnit instanceof JavaMethod) {
                        report(codeUnit, "returns", codeUnit.getReturnType(), codeUnit, events);
                    }
                    List<JavaType> parameters = codeUnit.getParameterTypes();
                    for (int i = 0; i < parameters.size(); i++) {
                        report(codeUnit, "has parameter " + i + " of type", parameters.get(i), codeUnit, events);
                    }
                    codeUnit.getTypeParameters().forEach(p -> reportBounds(codeUnit, p, codeUnit, events));
                    codeUnit.getExceptionTypes().forEach(e -> report(codeUnit, "throws", e, codeUnit, events));
                }
            }
        };
    }

    private static void reportBounds(
            HasDescription owner, JavaTypeVariable<?> parameter, HasSourceCodeLocation where, ConditionEvents events) {
        for (JavaType bound : parameter.getUpperBounds()) {
            report(owner, "has type parameter " + parameter.getName() + " bounded by", bound, where, events);
        }
    }

    private static void report(
            HasDescription owner, String relation, JavaType type, HasSourceCodeLocation where, ConditionEvents events) {
        Set<String> internal = new TreeSet<>();
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            if (ProjectModule.isInternal(raw)) {
                internal.add(raw.getName());
            }
        }
        if (!internal.isEmpty()) {
            events.add(SimpleConditionEvent.violated(
                    owner,
                    owner.getDescription() + " " + relation + " " + type.getName() + ", exposing internal "
                            + String.join(", ", internal) + " in " + where.getSourceCodeLocation()));
        }
    }

    /**
     * DESIGN.md, "Packages": everything that is not API lives under an internal package, which may change freely;
     * so a module's internal packages are used by that module only.
     */
    static ArchCondition<JavaClass> useNoOtherModulesInternals() {
        return new ArchCondition<>("use no other module's internal packages") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                var module = ProjectModule.of(type);
                type.getDirectDependenciesFromSelf().stream()
                        .filter(d -> ProjectModule.isInternal(d.getTargetClass()))
                        .filter(d -> ProjectModule.of(d.getTargetClass()).isPresent())
                        .filter(d -> !ProjectModule.of(d.getTargetClass()).equals(module))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }
}

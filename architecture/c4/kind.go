package c4

import (
	"fmt"
	"strconv"
	"strings"
)

// ElementKind says which of the C4 abstractions an element is. The zero value
// is unset and invalid.
type ElementKind uint8

// The element kinds, from the outside in. Their text forms are "person",
// "software_system", "container", "component" and "code".
const (
	// KindPerson is a user of the software: a role, actor or persona.
	KindPerson ElementKind = iota + 1
	// KindSoftwareSystem is the highest level of abstraction: something that
	// delivers value to its users, owned by one team.
	KindSoftwareSystem
	// KindContainer is an application or data store inside a software system.
	KindContainer
	// KindComponent is a grouping of related functionality inside a container.
	KindComponent
	// KindCode is a code element (a class, interface, function or table)
	// inside a component: the fourth, rarely drawn C4 level.
	KindCode
)

var kindNames = [...]string{
	KindPerson:         "person",
	KindSoftwareSystem: "software_system",
	KindContainer:      "container",
	KindComponent:      "component",
	KindCode:           "code",
}

// Valid reports whether k is one of the defined kinds.
func (k ElementKind) Valid() bool { return k >= KindPerson && k <= KindCode }

// String returns the text form of k, or "ElementKind(N)" for an invalid kind.
func (k ElementKind) String() string {
	if k.Valid() {
		return kindNames[k]
	}
	return "ElementKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements [encoding.TextMarshaler]; it refuses invalid kinds.
func (k ElementKind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, fmt.Errorf("c4: cannot marshal invalid element kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the text
// forms in any letter case, and also "softwareSystem" and "software system".
func (k *ElementKind) UnmarshalText(text []byte) error {
	s := strings.ToLower(strings.NewReplacer(" ", "_", "-", "_").Replace(string(text)))
	if s == "softwaresystem" {
		s = "software_system"
	}
	for v := KindPerson; v <= KindCode; v++ {
		if s == kindNames[v] {
			*k = v
			return nil
		}
	}
	return fmt.Errorf("c4: unknown element kind %q (want person, software_system, container, component or code)", text)
}

// parentKind returns the kind an element of kind k must be nested in, or 0
// for the top-level kinds.
func (k ElementKind) parentKind() ElementKind {
	switch k {
	case KindContainer:
		return KindSoftwareSystem
	case KindComponent:
		return KindContainer
	case KindCode:
		return KindComponent
	}
	return 0
}

// Location says whether a person or software system is inside the
// organisation that owns the model. The zero value, LocationUnspecified, is
// Structurizr's default and means "not said".
type Location uint8

// The locations. Their text forms are "unspecified", "internal" and
// "external".
const (
	// LocationUnspecified means the model does not say.
	LocationUnspecified Location = iota
	// Internal marks a person or system inside the organisation.
	Internal
	// External marks a person or system outside the organisation; renderers
	// draw it with the external shapes (Person_Ext, System_Ext).
	External
)

var locationNames = [...]string{LocationUnspecified: "unspecified", Internal: "internal", External: "external"}

// String returns the text form of l, or "Location(N)" for an invalid value.
func (l Location) String() string {
	if l <= External {
		return locationNames[l]
	}
	return "Location(" + strconv.Itoa(int(l)) + ")"
}

// MarshalText implements [encoding.TextMarshaler]; it refuses invalid values.
func (l Location) MarshalText() ([]byte, error) {
	if l > External {
		return nil, fmt.Errorf("c4: cannot marshal invalid location %d", uint8(l))
	}
	return []byte(locationNames[l]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the text
// forms in any letter case; the empty text means unspecified.
func (l *Location) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*l = LocationUnspecified
		return nil
	}
	for v := LocationUnspecified; v <= External; v++ {
		if strings.EqualFold(string(text), locationNames[v]) {
			*l = v
			return nil
		}
	}
	return fmt.Errorf("c4: unknown location %q (want unspecified, internal or external)", text)
}

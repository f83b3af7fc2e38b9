package c4

import "github.com/leadkit/leadkit/internal/enum"

// ElementKind says which of the C4 abstractions an element is. The zero value
// is unset and invalid.
type ElementKind uint8

// The element kinds: the four C4 levels from the outside in, then custom
// elements. Their text forms are "person", "software_system", "container",
// "component", "code" and "custom".
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
	// KindCustom is an element outside the C4 abstractions, Structurizr's
	// custom element (a hardware device, a team, a business process): it
	// stands at the top level beside people and software systems, takes
	// part in relationships and is never drawn on the C4 diagrams.
	KindCustom
)

var kindNames = enum.Names[ElementKind]{
	Type:  "element kind",
	First: KindPerson,
	Text:  []string{"person", "software_system", "container", "component", "code", "custom"},
	Aliases: map[string]ElementKind{
		"softwaresystem": KindSoftwareSystem, "software system": KindSoftwareSystem, "software-system": KindSoftwareSystem,
		"custom element": KindCustom, "custom_element": KindCustom,
	},
}

// Valid reports whether k is one of the defined kinds.
func (k ElementKind) Valid() bool { return kindNames.Valid(k) }

// String returns the text form of k, or "element kind(N)" for an invalid
// kind.
func (k ElementKind) String() string { return kindNames.String(k) }

// MarshalText implements [encoding.TextMarshaler]; it refuses invalid kinds.
func (k ElementKind) MarshalText() ([]byte, error) { return kindNames.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the text
// forms in any letter case, and also "softwareSystem", "software system" and
// "custom element".
func (k *ElementKind) UnmarshalText(text []byte) error { return kindNames.Unmarshal(text, k) }

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

var locationNames = enum.Names[Location]{
	Type:    "location",
	Text:    []string{"unspecified", "internal", "external"},
	Aliases: map[string]Location{"": LocationUnspecified},
}

// String returns the text form of l, or "location(N)" for an invalid value.
func (l Location) String() string { return locationNames.String(l) }

// MarshalText implements [encoding.TextMarshaler]; it refuses invalid values.
func (l Location) MarshalText() ([]byte, error) { return locationNames.Marshal(l) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the text
// forms in any letter case; the empty text means unspecified.
func (l *Location) UnmarshalText(text []byte) error { return locationNames.Unmarshal(text, l) }

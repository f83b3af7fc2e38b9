package tabular

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/leadkit/leadkit"
)

// DecodeJSON reads all of r (at most MaxInput bytes, after an optional
// UTF-8 byte order mark) into v. Unknown fields are refused so that a
// misspelt field name is not silently dropped. Every error is a
// *leadkit.ParseError naming the line and column of the value at fault,
// also when the error comes from a type's own UnmarshalJSON or
// UnmarshalText method.
func DecodeJSON(r io.Reader, source string, v any) error {
	data, err := readJSON(r, source)
	if err != nil {
		return err
	}
	return decodeJSON(data, source, v)
}

// DecodeJSONList reads a JSON array of T, or a single T object, the way
// DecodeJSON does. Readers use it so that a file holding one record needs no
// surrounding brackets.
func DecodeJSONList[T any](r io.Reader, source string) ([]T, error) {
	return DecodeJSONListFunc[T](r, source, nil)
}

// DecodeJSONListFunc is DecodeJSONList with a check of every decoded
// element, in order, i being its 0-based position: an error check returns
// is reported as a *leadkit.ParseError at the element's line and column,
// with the error's text as the message. A nil check checks nothing.
func DecodeJSONListFunc[T any](r io.Reader, source string, check func(i int, v *T) error) ([]T, error) {
	data, err := readJSON(r, source)
	if err != nil {
		return nil, err
	}
	start := skipBlank(data, 0, "")
	var list []T
	if data[start] == '{' {
		list = make([]T, 1)
		err = decodeJSON(data, source, &list[0])
	} else {
		err = decodeJSON(data, source, &list)
	}
	if err != nil {
		return nil, err
	}
	if check == nil {
		return list, nil
	}
	for i := range list {
		if err := check(i, &list[i]); err != nil {
			at := start // the single object, or the array's element i
			if data[start] == '[' {
				k := 0
				for off := range elements(data[start:]) {
					if k == i {
						at += off
						break
					}
					k++
				}
			}
			line, col := Position(data, int64(at))
			return nil, &leadkit.ParseError{Source: source, Line: line, Col: col, Msg: err.Error(), Err: err}
		}
	}
	return list, nil
}

// utf8BOM is the byte order mark some editors write before UTF-8 text.
const utf8BOM = "\ufeff"

// readJSON reads the input of a JSON reader: at most inputLimit bytes, not
// blank, without a leading byte order mark.
func readJSON(r io.Reader, source string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, inputLimit+1))
	if err != nil {
		return nil, &leadkit.ParseError{Source: source, Msg: err.Error(), Err: err}
	}
	if int64(len(data)) > inputLimit {
		return nil, &leadkit.ParseError{Source: source, Msg: errTooLarge().Error()}
	}
	data = bytes.TrimPrefix(data, []byte(utf8BOM))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &leadkit.ParseError{Source: source, Line: 1, Msg: "empty input: want JSON"}
	}
	return data, nil
}

func decodeJSON(data []byte, source string, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(source, data, reflect.TypeOf(v), err)
	}
	if dec.More() {
		line, col := Position(data, dec.InputOffset())
		return &leadkit.ParseError{Source: source, Line: line, Col: col, Msg: "unexpected data after the JSON value"}
	}
	return nil
}

// jsonError turns an error of decoding data into a value of type t into a
// parse error at the offending value.
func jsonError(source string, data []byte, t reflect.Type, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var at int
	msg := strings.TrimPrefix(err.Error(), "json: ")
	switch {
	case errors.As(err, &syn):
		at = int(syn.Offset) - 1 // Offset counts the offending byte; point at it
	case errors.Is(err, io.ErrUnexpectedEOF):
		at = len(data)
		msg = "unexpected end of JSON input"
	default:
		// The data is well formed, so the value at fault can be found by
		// decoding its parts: this places type errors at the start of the
		// value, unknown fields at their name, and the errors of a type's
		// own UnmarshalJSON or UnmarshalText method, which carry no
		// position, at the value they refused.
		start := skipBlank(data, 0, "")
		at = locate(data[start:], start, t)
		if errors.As(err, &typ) {
			field := typ.Field
			if field == "" {
				field = "value"
			}
			msg = fmt.Sprintf("%s: want %s, got JSON %s", field, describe(typ.Type), typ.Value)
		} else {
			msg = strings.TrimPrefix(msg, "leadkit: ")
		}
	}
	line, col := Position(data, int64(at))
	return &leadkit.ParseError{Source: source, Line: line, Col: col, Msg: msg, Err: err}
}

// locate returns the offset in the document of the innermost part of data
// (a well-formed JSON value, itself at offset base) that does not decode
// into a value of type t: an element of an array, the name of an unknown
// field, or the value of a known one.
func locate(data []byte, base int, t reflect.Type) int {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if len(data) == 0 || decodesItself(t) {
		return base
	}
	switch {
	case data[0] == '[' && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array):
		for off, raw := range elements(data) {
			if strictDecode(raw, t.Elem()) != nil {
				return locate(raw, base+off, t.Elem())
			}
		}
	case data[0] == '{' && t.Kind() == reflect.Struct:
		for m := range members(data) {
			ft, ok := fieldType(t, m.key)
			if !ok {
				return base + m.keyAt
			}
			if strictDecode(m.raw, ft) != nil {
				return locate(m.raw, base+m.valueAt, ft)
			}
		}
	case data[0] == '{' && t.Kind() == reflect.Map:
		for m := range members(data) {
			if strictDecode(m.raw, t.Elem()) != nil {
				return locate(m.raw, base+m.valueAt, t.Elem())
			}
		}
	}
	return base
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// decodesItself reports whether values of t decode with their own method,
// whose errors belong to the whole value.
func decodesItself(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return p.Implements(jsonUnmarshaler) || p.Implements(textUnmarshaler)
}

// strictDecode decodes data into a new value of type t as DecodeJSON does.
func strictDecode(data []byte, t reflect.Type) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(reflect.New(t).Interface())
}

// fieldType returns the type of the field of struct type t that the JSON
// object key decodes into, matching names as encoding/json does: the tag's
// name or else the field's, exactly or else ignoring case, looking into
// embedded structs.
func fieldType(t reflect.Type, key string) (reflect.Type, bool) {
	var folded reflect.Type
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := f.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if f.Anonymous && name == "" && ft.Kind() == reflect.Struct {
			if inner, ok := fieldType(ft, key); ok {
				return inner, true
			}
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if name == key {
			return f.Type, true
		}
		if folded == nil && strings.EqualFold(name, key) {
			folded = f.Type
		}
	}
	return folded, folded != nil
}

// elements yields the offset within data and the bytes of each element of
// the well-formed JSON array data.
func elements(data []byte) func(yield func(int, json.RawMessage) bool) {
	return func(yield func(int, json.RawMessage) bool) {
		dec := json.NewDecoder(bytes.NewReader(data))
		if _, err := dec.Token(); err != nil { // [
			return
		}
		for dec.More() {
			from := int(dec.InputOffset())
			var raw json.RawMessage
			if dec.Decode(&raw) != nil {
				return
			}
			if !yield(skipBlank(data, from, ","), raw) {
				return
			}
		}
	}
}

// member is one member of a JSON object: its key and value, and where each
// starts.
type member struct {
	key            string
	keyAt, valueAt int
	raw            json.RawMessage
}

// members yields the members of the well-formed JSON object data.
func members(data []byte) func(yield func(member) bool) {
	return func(yield func(member) bool) {
		dec := json.NewDecoder(bytes.NewReader(data))
		if _, err := dec.Token(); err != nil { // {
			return
		}
		for dec.More() {
			var m member
			m.keyAt = skipBlank(data, int(dec.InputOffset()), ",")
			tok, err := dec.Token()
			if err != nil {
				return
			}
			m.key, _ = tok.(string)
			m.valueAt = skipBlank(data, int(dec.InputOffset()), ":")
			if dec.Decode(&m.raw) != nil {
				return
			}
			if !yield(m) {
				return
			}
		}
	}
}

// skipBlank returns the offset of the first byte of data at or after from
// that is neither JSON white space nor one of the separators in seps.
func skipBlank(data []byte, from int, seps string) int {
	for from < len(data) {
		switch c := data[from]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || strings.IndexByte(seps, c) >= 0:
			from++
		default:
			return from
		}
	}
	return from
}

// describe names what JSON a Go type reads, without internal type names.
func describe(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Pointer:
		return describe(t.Elem())
	}
	return t.String()
}

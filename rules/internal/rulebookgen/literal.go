package main

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// literal writes Go source for values, found by reflection, so that a type
// given new fields is written whole without the writer knowing about them.
// Types of the package the source is for are written unqualified; those of
// other packages are qualified and their imports recorded.
type literal struct {
	buf     bytes.Buffer
	pkgPath string            // the package the source is for
	imports map[string]string // import path → package name, of every qualified type
	ptrFunc string            // a func[T any](T) *T the source declares, for pointers to non-structs
}

// newLiteral returns a writer of source for package pkgPath.
func newLiteral(pkgPath, ptrFunc string) *literal {
	return &literal{pkgPath: pkgPath, imports: map[string]string{}, ptrFunc: ptrFunc}
}

// typeName returns how t is spelt in the package's source.
func (w *literal) typeName(t reflect.Type) (string, error) {
	if t.Name() != "" {
		if strings.ContainsAny(t.Name(), "[") {
			return "", fmt.Errorf("generic type %s cannot be written", t)
		}
		if t.PkgPath() == "" || t.PkgPath() == w.pkgPath {
			return t.Name(), nil
		}
		pkg, _, _ := strings.Cut(t.String(), ".")
		if have, ok := w.imports[t.PkgPath()]; ok && have != pkg {
			return "", fmt.Errorf("package %s imported as both %s and %s", t.PkgPath(), have, pkg)
		}
		w.imports[t.PkgPath()] = pkg
		return t.String(), nil
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		elem, err := w.typeName(t.Elem())
		if err != nil {
			return "", err
		}
		switch t.Kind() {
		case reflect.Pointer:
			return "*" + elem, nil
		case reflect.Slice:
			return "[]" + elem, nil
		default:
			return fmt.Sprintf("[%d]%s", t.Len(), elem), nil
		}
	case reflect.Map:
		key, err := w.typeName(t.Key())
		if err != nil {
			return "", err
		}
		elem, err := w.typeName(t.Elem())
		if err != nil {
			return "", err
		}
		return "map[" + key + "]" + elem, nil
	}
	return "", fmt.Errorf("type %s cannot be written", t)
}

// value writes v. elided says the type may be left out, as it may for the
// elements and keys of a slice, array or map literal.
func (w *literal) value(v reflect.Value, elided bool) error {
	switch v.Kind() {
	case reflect.Bool:
		w.buf.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.buf.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		w.buf.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Errorf("%v has no Go constant", f)
		}
		w.buf.WriteString(strconv.FormatFloat(f, 'g', -1, v.Type().Bits()))
	case reflect.String:
		w.buf.WriteString(strconv.Quote(v.String()))
	case reflect.Pointer:
		return w.pointer(v)
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			w.buf.WriteString("nil")
			return nil
		}
		if err := w.open(v.Type(), elided); err != nil {
			return err
		}
		for i := range v.Len() {
			if err := w.value(v.Index(i), true); err != nil {
				return fmt.Errorf("[%d]: %w", i, err)
			}
			w.buf.WriteString(",\n")
		}
		w.buf.WriteString("}")
	case reflect.Map:
		return w.mapValue(v, elided)
	case reflect.Struct:
		return w.structValue(v, elided)
	case reflect.Interface:
		if !v.IsNil() {
			return fmt.Errorf("an interface holding %s cannot be written", v.Elem().Type())
		}
		w.buf.WriteString("nil")
	default:
		return fmt.Errorf("a %s cannot be written", v.Type())
	}
	return nil
}

// open writes the start of a composite literal of type t.
func (w *literal) open(t reflect.Type, elided bool) error {
	if !elided {
		name, err := w.typeName(t)
		if err != nil {
			return err
		}
		w.buf.WriteString(name)
	}
	w.buf.WriteString("{\n")
	return nil
}

// pointer writes &T{...} for a pointer to a struct, ptrFunc[T](value) for a
// pointer to anything else.
func (w *literal) pointer(v reflect.Value) error {
	if v.IsNil() {
		w.buf.WriteString("nil")
		return nil
	}
	if v.Elem().Kind() == reflect.Struct {
		w.buf.WriteString("&")
		return w.value(v.Elem(), false)
	}
	name, err := w.typeName(v.Type().Elem())
	if err != nil {
		return err
	}
	fmt.Fprintf(&w.buf, "%s[%s](", w.ptrFunc, name)
	if err := w.value(v.Elem(), false); err != nil {
		return err
	}
	w.buf.WriteString(")")
	return nil
}

// mapValue writes a map literal, its keys in order of their source, so
// that the same map is always written the same.
func (w *literal) mapValue(v reflect.Value, elided bool) error {
	if v.IsNil() {
		w.buf.WriteString("nil")
		return nil
	}
	type entry struct {
		key string
		val reflect.Value
	}
	entries := make([]entry, 0, v.Len())
	for it := v.MapRange(); it.Next(); {
		sub := &literal{pkgPath: w.pkgPath, imports: w.imports, ptrFunc: w.ptrFunc}
		if err := sub.value(it.Key(), true); err != nil {
			return fmt.Errorf("key: %w", err)
		}
		entries = append(entries, entry{sub.buf.String(), it.Value()})
	}
	slices.SortFunc(entries, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
	if err := w.open(v.Type(), elided); err != nil {
		return err
	}
	for _, e := range entries {
		w.buf.WriteString(e.key)
		w.buf.WriteString(": ")
		if err := w.value(e.val, true); err != nil {
			return fmt.Errorf("[%s]: %w", e.key, err)
		}
		w.buf.WriteString(",\n")
	}
	w.buf.WriteString("}")
	return nil
}

// structValue writes a struct literal of its exported fields that are not
// zero. Unexported fields are left to the package to fill in (a loaded
// rulebook's compiled tables); a test compares the result with the
// original.
func (w *literal) structValue(v reflect.Value, elided bool) error {
	if err := w.open(v.Type(), elided); err != nil {
		return err
	}
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || v.Field(i).IsZero() {
			continue
		}
		w.buf.WriteString(f.Name)
		w.buf.WriteString(": ")
		if err := w.value(v.Field(i), false); err != nil {
			return fmt.Errorf("%s: %w", f.Name, err)
		}
		w.buf.WriteString(",\n")
	}
	w.buf.WriteString("}")
	return nil
}

package store_test

import (
	"testing"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/store"
	"github.com/leadkit/leadkit/store/storetest"
)

func TestMemory(t *testing.T) {
	storetest.Run(t, func(*testing.T) leadkit.Store[storetest.Doc] {
		return store.NewMemory[storetest.Doc]()
	})
}

func TestMemoryZeroValue(t *testing.T) {
	storetest.Run(t, func(*testing.T) leadkit.Store[storetest.Doc] {
		var m store.Memory[storetest.Doc] // no constructor: ready to use
		return &m
	})
}

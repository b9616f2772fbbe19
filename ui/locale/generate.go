package locale

// The catalogues under messages/ are compiled into generated_catalogue.go;
// after editing a file there, run `go generate ./ui/locale/`. A test fails
// while the generated data and the files differ.
//go:generate go run ./internal/cataloguegen -dir . -out generated_catalogue.go

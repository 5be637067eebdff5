// import.meta.env, which Vite replaces at build time (main.ts keeps the test hook out of production).
/// <reference types="vite/client" />

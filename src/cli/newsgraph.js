#!/usr/bin/env node
// Launcher: registers the TypeScript loader, then runs the CLI. No build step is needed after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');

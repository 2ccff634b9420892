/** The record editor's page (npm run edit): see scripts/editor/ for its server. */
import { mount } from 'svelte';
import App from './App.svelte';
import './editor.css';

mount(App, { target: document.getElementById('app')! });

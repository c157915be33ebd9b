import { mount } from 'svelte';
import 'trygg-kit';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });

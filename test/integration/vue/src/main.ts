import { createApp } from 'vue';
import 'trygg-kit';
import App from './App.vue';

createApp(App).mount('#app');

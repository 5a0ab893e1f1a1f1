import { render } from 'preact';
import { getLanguage } from '@/lib/i18n';
import { App } from './App';
import './style.css';

document.documentElement.lang = getLanguage();
render(<App />, document.getElementById('app')!);

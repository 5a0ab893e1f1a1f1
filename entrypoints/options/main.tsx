import { render } from 'preact';
import { getLanguage } from '@/lib/i18n';
import { OptionsApp } from './App';
import './style.css';

document.documentElement.lang = getLanguage();
render(<OptionsApp />, document.getElementById('app')!);

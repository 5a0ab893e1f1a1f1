import { render } from 'preact';
import { getLanguage } from '@/lib/i18n';
import { ConfirmApp } from './App';
import { confirmationIdFromHash } from './useConfirmation';
import './style.css';

document.documentElement.lang = getLanguage();
render(
  <ConfirmApp id={confirmationIdFromHash(location.hash)} closeWindow={() => window.close()} />,
  document.getElementById('app')!,
);

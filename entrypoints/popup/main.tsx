import { render } from 'preact';

render(<p>Telavox</p>, document.getElementById('app')!);

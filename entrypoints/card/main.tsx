import { render } from 'preact';
import { App } from './App';
import '@/components/cards/card.css';

render(<App />, document.getElementById('app')!);

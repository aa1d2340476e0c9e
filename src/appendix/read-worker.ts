/**
 * The Worker that reads a received .docx (read-appendix.ts) off the main
 * thread: unzipping, scanning custom.xml and validating the case cost time in
 * proportion to the file, and no file may freeze the page. It gets the bytes
 * (transferred) and posts back one ReadAppendixResult.
 */
import { readAppendix } from './read-appendix';

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<ArrayBuffer>) => void): void;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (e) => {
  void readAppendix(e.data).then((result) => scope.postMessage(result));
});

import { describe, expect, it } from 'vitest';
import { classifyException, distinctTracebacks, findTracebacks } from './tracebacks';

const lines = (text: string) => text.split('\n').map((line) => ({ text: line }));

const crash = `INFO:     Started server process [1]
Traceback (most recent call last):
  File "/usr/lib/python3.10/site-packages/kserve/model_server.py", line 120, in load
    model.load()
  File "/mnt/models/predict_crash.py", line 3, in <module>
    import lightgbm
ModuleNotFoundError: No module named 'lightgbm'
INFO:     Shutting down`;

describe('tracebacks folded into blocks', () => {
  it('one block: exception on top, frames with their code, the own script’s frame, the next step', () => {
    const [block, ...rest] = findTracebacks(lines(crash), ['predict_crash.py']);
    expect(rest).toEqual([]);
    expect(block).toMatchObject({ start: 1, end: 6, exceptionType: 'ModuleNotFoundError', message: "No module named 'lightgbm'" });
    expect(block!.frames).toEqual([
      { file: '/usr/lib/python3.10/site-packages/kserve/model_server.py', line: 120, func: 'load', code: 'model.load()' },
      { file: '/mnt/models/predict_crash.py', line: 3, func: '<module>', code: 'import lightgbm' },
    ]);
    expect(block!.ownFrame).toMatchObject({ file: '/mnt/models/predict_crash.py', line: 3 });
    expect(block!.advice?.title).toBe('The package “lightgbm” is missing from the deployment’s environment');
  });

  it('lines that carry the formatter\u2019s time stamp are read as Python printed them', () => {
    const stamped = crash
      .split('\n')
      .map((line, index) => `2026-11-24 22:26:19.${String(890 + index).padStart(3, '0')} ${line}`)
      .join('\n');
    const [block] = findTracebacks(lines(stamped), ['predict_crash.py']);
    expect(block).toMatchObject({ start: 1, end: 6, exceptionType: 'ModuleNotFoundError', ownFrame: { line: 3, code: 'import lightgbm' } });
  });

  it('no own frame when the script names do not match; lines without a traceback give none', () => {
    expect(findTracebacks(lines(crash), ['other.py'])[0]!.ownFrame).toBeUndefined();
    expect(findTracebacks(lines('INFO: all good\nERROR: something else'))).toEqual([]);
  });

  it('a chained traceback is one block that ends at the last exception', () => {
    const text = `Traceback (most recent call last):
  File "/mnt/models/predict.py", line 9, in load
    open("/mnt/models/model.pkl")
FileNotFoundError: [Errno 2] No such file or directory: '/mnt/models/model.pkl'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/mnt/models/predict.py", line 12, in __init__
    raise RuntimeError("model missing")
RuntimeError: model missing`;
    const blocks = findTracebacks(lines(text), ['predict.py']);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ start: 0, end: 10, exceptionType: 'RuntimeError', message: 'model missing' });
  });

  it('a crash loop repeats one failure: listed once, with how often', () => {
    const twice = findTracebacks(lines(`${crash}\n${crash}`), ['predict_crash.py']);
    expect(twice).toHaveLength(2);
    expect(distinctTracebacks(twice)).toEqual([{ traceback: twice[0], count: 2 }]);
  });
});

describe('known failures and their next step', () => {
  it.each([
    ['ModuleNotFoundError', "No module named 'xgboost.sklearn'", 'The package “xgboost” is missing from the deployment’s environment'],
    ['FileNotFoundError', "[Errno 2] No such file or directory: '/mnt/models/model.pkl'", 'A file under the model directory is missing'],
    ['torch.cuda.OutOfMemoryError', 'CUDA out of memory. Tried to allocate 2.00 GiB', 'The instance ran out of memory'],
    ['RuntimeError', 'CUDA out of memory. Tried to allocate 20.00 MiB', 'The instance ran out of memory'],
    ['MemoryError', '', 'The instance ran out of memory'],
    ['TypeError', 'predict() takes 2 positional arguments but 3 were given', 'The predictor’s predict() does not have the interface the model server calls'],
  ])('%s: %s', (type, message, title) => {
    expect(classifyException(type, message)?.title).toBe(title);
  });

  it('others have no canned advice', () => {
    expect(classifyException('ValueError', 'bad input')).toBeUndefined();
    expect(classifyException('FileNotFoundError', "No such file: '/tmp/x'")).toBeUndefined();
  });
});

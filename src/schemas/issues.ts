import type { z } from 'zod';
import type { InputIssue } from '../core/errors.js';
import { type Text, text } from '../core/text.js';

/**
 * A bilingual message carried by our own refinements: `ctx.addIssue({ code: 'custom',
 * message: en, params: { vi } })`. Zod's built-in issues are translated below.
 */
export interface BilingualParams {
  readonly vi: string;
  readonly code?: string;
}

function describeExpected(expected: unknown): Text {
  switch (expected) {
    case 'string':
      return text('chuỗi ký tự', 'a string');
    case 'number':
    case 'int':
      return text('số', 'a number');
    case 'boolean':
      return text('giá trị đúng/sai (true/false)', 'true or false');
    case 'object':
      return text('đối tượng', 'an object');
    case 'array':
      return text('danh sách', 'an array');
    default:
      return text(String(expected), String(expected));
  }
}

/** Translates one zod issue into a located, bilingual {@link InputIssue}. */
function translate(issue: z.core.$ZodIssue): InputIssue {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const params = (issue as { params?: Partial<BilingualParams> }).params;
  if (issue.code === 'custom' && params?.vi) {
    return { path, code: params.code ?? 'custom', message: text(params.vi, issue.message) };
  }
  switch (issue.code) {
    case 'invalid_type': {
      // Zod 4 carries `input` only with `reportInput`; its default message names what it received.
      const missing =
        'input' in issue ? issue.input === undefined : /received undefined$/.test(issue.message);
      if (missing) {
        return {
          path,
          code: 'required',
          message: text('Thiếu trường bắt buộc.', 'Required field is missing.'),
        };
      }
      const e = describeExpected(issue.expected);
      return {
        path,
        code: 'invalid_type',
        message: text(`Phải là ${e.vi}.`, `Expected ${e.en}.`),
      };
    }
    case 'too_small': {
      const min = String(issue.minimum);
      const isLength = issue.origin === 'string' || issue.origin === 'array';
      return {
        path,
        code: 'too_small',
        message: isLength
          ? text(`Độ dài phải ít nhất ${min}.`, `Length must be at least ${min}.`)
          : text(
              `Phải ${issue.inclusive ? '≥' : '>'} ${min}.`,
              `Must be ${issue.inclusive ? '≥' : '>'} ${min}.`,
            ),
      };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      return {
        path,
        code: 'too_big',
        message: text(
          `Phải ${issue.inclusive ? '≤' : '<'} ${max}.`,
          `Must be ${issue.inclusive ? '≤' : '<'} ${max}.`,
        ),
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return {
        path,
        code: 'invalid_value',
        message: text(
          `Giá trị không hợp lệ; chỉ nhận: ${allowed}.`,
          `Invalid value; expected one of: ${allowed}.`,
        ),
      };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return {
        path,
        code: 'unrecognized_keys',
        message: text(`Trường không được hỗ trợ: ${keys}.`, `Unrecognized field(s): ${keys}.`),
      };
    }
    case 'invalid_format':
      return {
        path,
        code: 'invalid_format',
        message: text(`Sai định dạng (${issue.format}).`, `Invalid format (${issue.format}).`),
      };
    case 'not_multiple_of':
      return {
        path,
        code: 'not_multiple_of',
        message: text(
          `Phải là bội số của ${String(issue.divisor)}.`,
          `Must be a multiple of ${String(issue.divisor)}.`,
        ),
      };
    default:
      return {
        path,
        code: issue.code,
        message: text(`Giá trị không hợp lệ: ${issue.message}`, issue.message),
      };
  }
}

/**
 * All issues of a failed zod parse, located and bilingual, in the order zod found them. An
 * unknown-field issue becomes one issue per field, located at that field.
 */
export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => translate({ ...issue, keys: [key], path: [...issue.path, key] }))
      : [translate(issue)],
  );
}

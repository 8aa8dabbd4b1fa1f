import { describe, expect, it } from 'vitest';
import { counterLimit, fileSizeLimit, textLimit } from '@/utils/domain/complaints/limits';
import { suggestOptions } from '@/utils/domain/complaints/suggest-option';

describe('limits stated in words', () => {
  it('reads counters, Chinese and English hints, and ignores minimums', () => {
    expect(counterLimit('0/500')).toBe(500);
    expect(counterLimit('12 / 2,000')).toBe(2000);
    expect(counterLimit('2024/12/01')).toBeUndefined();
    expect(textLimit('请输入，不超过300字')).toBe(300);
    expect(textLimit('限500字以内')).toBe(500);
    expect(textLimit('1000字以内')).toBe(1000);
    expect(textLimit('最多 200 個字')).toBe(200);
    expect(textLimit('at most 2,000 characters')).toBe(2000);
    expect(textLimit('Maximum 1500 characters')).toBe(1500);
    expect(textLimit('不少于20字')).toBeUndefined();
    expect(textLimit('不少于20字，不超过800字')).toBe(800);
  });

  it('reads per-file size limits', () => {
    expect(fileSizeLimit('单个文件不超过5M')).toBe(5 * 1024 ** 2);
    expect(fileSizeLimit('max 10 MB per file')).toBe(10 * 1024 ** 2);
    expect(fileSizeLimit('图片大小不超过500KB')).toBe(500 * 1024);
    expect(fileSizeLimit('最多上传5个文件')).toBeUndefined();
  });
});

describe('option suggestion', () => {
  const none = { collection: false, aggressive: false, creditReport: false, agreement: false };
  it('prefers 暴力催收 for threats, 征信 for credit-report problems, and nothing without records', () => {
    const opts = ['产品质量', '催收问题', '暴力催收', '征信异议'];
    expect(suggestOptions(opts, { ...none, collection: true, aggressive: true })[0]).toBe(2);
    expect(suggestOptions(opts, { ...none, collection: true })[0]).toBe(1);
    expect(suggestOptions(opts, { ...none, creditReport: true })).toEqual([3]);
    expect(suggestOptions(opts, none)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { describeLibraryFields } from '@/entrypoints/complaint-panel.content/library-fields';
import { classifyField } from '@/utils/domain/complaints/form';
import { channelDetects } from '@/utils/sites/detect';

// Markup as the libraries render it (copied from their rendered DOM; the e2e
// tests render the real libraries). Without layout, "hidden" is display:none.
const ITEM = (label: string, control: string) =>
  `<div class="el-form-item"><label class="el-form-item__label">${label}</label><div class="el-form-item__content">${control}</div></div>`;
const doc = (body: string) => parseHTML(`<html><body><h1>消费投诉</h1><form>${body}</form></body></html>`).document as unknown as Document;
const all = (d: Document) => describeLibraryFields(d, () => false);

describe('component-library fields the detector skips', () => {
  it('el-select: a choice with its dropdown options, labelled by its form item', () => {
    const d = doc(
      ITEM(
        '投诉类型',
        `<div class="el-select"><div class="el-input"><input readonly placeholder="请选择" class="el-input__inner"></div>
      <div class="el-select-dropdown" style="display:none"><ul><li class="el-select-dropdown__item"><span>产品质量</span></li><li class="el-select-dropdown__item"><span>暴力催收</span></li></ul></div></div>`,
      ),
    );
    const [f] = all(d);
    expect(f!.desc).toMatchObject({ tag: 'select', label: '投诉类型', options: ['产品质量', '暴力催收'] });
    expect(f!.anchor.className).toBe('el-select');
  });

  it("Element Plus: options found through the combobox's aria-controls (a popper elsewhere in the page)", () => {
    const d =
      doc(`${ITEM('投诉类型', '<div class="el-select"><div class="el-select__wrapper"><input role="combobox" readonly aria-controls="lb1"></div></div>')}
      <div class="el-select-dropdown"><ul id="lb1" role="listbox"><li class="el-select-dropdown__item" role="option"><span>征信</span></li><li class="el-select-dropdown__item" role="option"><span>其他</span></li></ul></div>`);
    expect(all(d)[0]!.desc.options).toEqual(['征信', '其他']);
  });

  it('Ant Design Select renders no option until opened: recognised with its options read later', () => {
    const d = doc(
      `<div class="ant-form-item"><div class="ant-form-item-label"><label for="t">投诉类型</label></div><div class="ant-select"><div class="ant-select-selector"><input id="t" type="search" readonly role="combobox" aria-controls="t_list"><span class="ant-select-selection-placeholder">请选择</span></div></div></div>`,
    );
    const [f] = all(d);
    expect(f!.desc).toMatchObject({ tag: 'select', label: '投诉类型', options: [], optionsLater: true });
    const detect = channelDetects.find((c) => c.id === 'samr12315')!;
    expect(classifyField({ ...f!.desc, key: 'l0' }, detect)).toMatchObject({ kind: 'choice', options: [] });
    // A select with no options and no promise of them is no choice.
    expect(classifyField({ ...f!.desc, key: 'l0', optionsLater: false }, detect)).toBeUndefined();
  });

  it('layui: keyed by its hidden <select>, anchored on the box it draws', () => {
    const d =
      doc(`<div class="layui-form-item"><label class="layui-form-label">举报类型</label><div class="layui-input-block"><select name="type" style="display:none"><option value="">请选择</option><option>暴力催收</option></select>
      <div class="layui-form-select"><div class="layui-select-title"><input readonly placeholder="请选择"></div><dl><dd lay-value="" class="layui-select-tips">请选择</dd><dd lay-value="a">暴力催收</dd><dd lay-value="b">其他</dd></dl></div></div></div>`);
    const [f] = all(d);
    expect(f!.target.tagName).toBe('SELECT');
    expect(f!.anchor.className).toBe('layui-form-select');
    expect(f!.desc).toMatchObject({ label: '举报类型', options: ['暴力催收', '其他'] });
  });

  it('hidden upload inputs (el-upload, antd Upload, layui): accept, multiple and the stated size limit; anchored on the visible button', () => {
    const d =
      doc(`${ITEM('上传证据', '<div class="el-upload" role="button"><button type="button">选择文件</button><input class="el-upload__input" type="file" multiple accept="image/*,.pdf" style="display:none"></div><div class="el-upload__tip">单个文件不超过1M</div>')}
      <div class="layui-form-item"><label class="layui-form-label">证据材料</label><div class="layui-input-block"><button type="button" id="up">选择文件</button><input class="layui-upload-file" type="file" style="display:none"></div></div>`);
    const [el, layui] = all(d);
    expect(el!.desc).toMatchObject({ type: 'file', label: '上传证据', accept: 'image/*,.pdf', multiple: true, maxBytes: 1024 * 1024 });
    expect(el!.anchor.className).toBe('el-upload');
    expect(el!.target.tagName).toBe('INPUT');
    expect(layui!.desc).toMatchObject({ type: 'file', label: '证据材料', multiple: false });
    expect(layui!.anchor.id).toBe('up');
  });

  it('a visible file input, or one the detector already has, is left to the detector', () => {
    const d = doc(ITEM('上传证据', '<input type="file" id="f">'));
    expect(all(d)).toEqual([]);
    const hidden = doc(ITEM('上传证据', '<div class="el-upload"><button>x</button><input type="file" style="display:none"></div>'));
    expect(describeLibraryFields(hidden, (e) => e.tagName === 'INPUT')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { userSiteDetect } from '@/utils/sites/detect';
import { recognizeForm } from '@/utils/domain/complaints/form';
import { describeHtml } from '../complaints/parse-fixture';

// Markup as the component libraries render it (the e2e suite renders the real libraries).
const page = (body: string) => `<html lang="zh-CN"><body><h1>投诉</h1>${body}</body></html>`;
const recognise = (body: string) => recognizeForm(describeHtml(page(body)), userSiteDetect) ?? [];
const summary = (body: string) =>
  recognise(body).map((f) => `${f.part ? `${f.section}:${f.part}` : f.section}|${f.label}|${f.maxLength ?? ''}`);

describe('labels as component libraries and old sites build them', () => {
  it('Element-UI: label for= names no id; the control is nested in the item content; label beats placeholder', () => {
    const item = (label: string, control: string) =>
      `<div class="el-form-item"><label for="${label}" class="el-form-item__label">${label}</label><div class="el-form-item__content">${control}</div></div>`;
    const html = `<form class="el-form">${item('投诉人姓名', '<div class="el-input"><input class="el-input__inner" placeholder="请输入内容"></div>')}
      ${item('投诉内容', '<div class="el-textarea"><textarea class="el-textarea__inner" placeholder="不少于20字" maxlength="500"></textarea><span class="el-input__count">0/500</span></div>')}</form>`;
    expect(summary(html)).toEqual(['identity:name|投诉人姓名|', 'facts|投诉内容|500']);
    expect(recognise(html)[1]!.hint).toContain('不少于20字');
  });

  it('Ant Design, iView, Vant, layui and Bootstrap items', () => {
    const html = `
      <div class="ant-form-item"><div class="ant-form-item-label"><label title="被投诉机构">被投诉机构</label></div><div class="ant-form-item-control"><input class="ant-input"></div></div>
      <div class="ivu-form-item"><label class="ivu-form-item-label">联系电话</label><div class="ivu-form-item-content"><div class="ivu-input-wrapper"><input class="ivu-input"></div></div></div>
      <div class="van-cell van-field"><div class="van-cell__title van-field__label"><span>问题描述</span></div><div class="van-cell__value"><div class="van-field__body"><textarea class="van-field__control" placeholder="请输入"></textarea></div><div class="van-field__word-limit"><span>0</span>/300</div></div></div>
      <div class="layui-form-item"><label class="layui-form-label">诉求</label><div class="layui-input-block"><input class="layui-input" placeholder="限100字以内"></div></div>
      <div class="form-group row"><label class="col-sm-2 col-form-label">家庭地址</label><div class="col-sm-10"><input class="form-control"></div></div>`;
    expect(summary(html)).toEqual([
      'respondent|被投诉机构|',
      'identity:phone|联系电话|',
      'facts|问题描述|300',
      'demands|诉求|100',
      'identity:address|家庭地址|',
    ]);
  });

  it('table layouts: the header cell or the cell before; placeholders only when there is no label', () => {
    const html = `<table><tr><th>姓名</th><td><input></td></tr><tr><td>投诉事项</td><td><textarea></textarea><p>不超过300字</p></td></tr></table>
      <div><input placeholder="投诉要求"></div>`;
    expect(summary(html)).toEqual(['identity:name|姓名|', 'facts|投诉事项|300', 'demands|投诉要求|']);
  });

  it('contenteditable editors (aria-labelledby, Quill) and limits in English', () => {
    const html = `<h2 id="lbl">Description of the complaint</h2><div contenteditable="true" aria-labelledby="lbl"><p><br></p></div>
      <div class="item"><label>Your name</label><div class="ql-container"><div class="ql-editor" contenteditable="true" data-placeholder="at most 2,000 characters"></div><div class="ql-clipboard" contenteditable="true"></div></div></div>`;
    const r = recognizeForm(describeHtml(`<html lang="en"><body><h1>Complaint</h1>${html}</body></html>`), userSiteDetect)!;
    expect(r.map((f) => [f.section, f.kind, f.multiline, f.maxLength])).toEqual([
      ['facts', 'rich', true, undefined],
      ['identity', 'rich', true, 2000],
    ]);
  });

  it('radio groups and selects become choices with their options; a wrapping label does not swallow the options', () => {
    const html = `<label>投诉类型 <select name="t"><option value="">请选择</option><option>催收问题</option><option>征信</option></select></label>
      <div class="el-form-item"><label class="el-form-item__label">问题类别</label><div class="el-form-item__content">
        <label class="el-radio"><span class="el-radio__input"><input type="radio" name="c" class="el-radio__original"></span><span class="el-radio__label">暴力催收</span></label>
        <label class="el-radio"><span class="el-radio__input"><input type="radio" name="c" class="el-radio__original"></span><span class="el-radio__label">其他</span></label></div></div>
      <label>投诉内容 <textarea></textarea></label>`;
    const r = recognise(html);
    expect(r.map((f) => [f.kind, f.label, f.options])).toEqual([
      ['choice', '投诉类型', ['催收问题', '征信']],
      ['choice', '问题类别', ['暴力催收', '其他']],
      ['text', '投诉内容', undefined],
    ]);
  });

  it('file inputs carry accept, multiple and the size limit the page states', () => {
    const html = `<label>投诉内容 <textarea></textarea></label>
      <div class="upload"><span>上传证据</span><input type="file" accept="image/*,.pdf" multiple><p>单个文件不超过5M</p></div>`;
    const f = recognise(html).find((x) => x.kind === 'file')!;
    expect(f).toMatchObject({ section: 'evidence', accept: 'image/*,.pdf', multiple: true, maxBytes: 5 * 1024 ** 2 });
  });

  it('skips hidden fields (the textarea an editor replaced) and read-only inputs (a component select)', () => {
    const html = `<label for="d">投诉内容</label><textarea id="d" style="display:none"></textarea>
      <div class="el-select"><input readonly placeholder="投诉对象"></div><label>投诉人姓名 <input></label>`;
    expect(describeHtml(page(html)).fields.map((f) => f.label)).toEqual(['投诉人姓名']);
  });
});

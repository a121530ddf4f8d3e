// Prices whose "per" the text gives away from further off (万份收益, a target price
// named after the amount, a price that moved from … to …), movements that are not
// ranges (上涨50元至3200元), and day numbers that are not dates. Fresh sentences.
import { describe } from 'vitest';
import { runCases as run } from './show';


describe('prices: what the amount is per', () => {
  run([
    ['万份收益 with 不足', '部分货币基金万份收益不足0.4元。', ['不足0.4元 price 0.4 CNY at_most per=万份']],
    ['每万份收益', '该基金每万份收益为0.52元。', ['0.52元 price 0.52 CNY exact per=万份']],
    ['a share price that fell to 不足', '股价从高点的68.2元一路回落至不足30元。', ['68.2元 price 68.2 CNY exact per=股', '不足30元 price 30 CNY at_most per=股']],
    ['a commodity price that rose to', '金价从每盎司1800美元涨至2400美元。', ['每盎司1800美元 price 1800 USD exact per=盎司', '2400美元 price 2400 USD exact per=盎司']],
    ['a price that fell to 约', '原油价格从每桶90美元跌至约70美元。', ['每桶90美元 price 90 USD exact per=桶', '约70美元 price 70 USD approx per=桶']],
    ['a price change, then the level', '每吨上涨50元至3,200元。', ['上涨50元 change 50 CNY exact per=吨', '3,200元 price 3200 CNY exact per=吨']],
    ['a target price named after the range', '分析师给予该股45-52港元的目标价。', ['45-52港元 price [45,52] HKD range per=股']],
    ['目标价 before the amount', '目标价为38.5元。', ['38.5元 price 38.5 CNY exact per=股']],
    ['发行价 after the amount', '该股以15.6元的发行价上市。', ['15.6元 price 15.6 CNY exact per=股']],
    ['amounts moved from … to … stay money', '公司注册资本从1亿元增至3亿元。', ['1亿元 money 100000000 CNY exact', '3亿元 money 300000000 CNY exact']],
    ['a clause break ends the price context', '股价为12元，募资至6000万元。', ['12元 price 12 CNY exact per=股', '6000万元 money 60000000 CNY exact']],
  ]);
});

describe('a change by X to Y is a movement and a level, not a range', () => {
  run([
    ['quantity', '黄金ETF持仓量增加5.2吨至872.6吨。', ['增加5.2吨 change 5.2 吨 exact', '872.6吨 count 872.6 吨 exact']],
    ['money', '存款余额增加1.2万亿元至28.6万亿元。', ['增加1.2万亿元 change 1200000000000 CNY exact', '28.6万亿元 money 28600000000000 CNY exact']],
    ['a percent range stays a range', '营收同比增长35%至55%。', ['同比增长35%至55% change [35,55] % range basis=yoy']],
    ['a money range stays a range', '预计净利润增加2800万元到4500万元。', ['增加2800万元到4500万元 change [28000000,45000000] CNY range']],
    ['without a direction word a wide range stays one', '募资规模在5亿元至60亿元不等。', ['5亿元至60亿元 money [500000000,6000000000] CNY range']],
  ]);
});

describe('day numbers', () => {
  run([
    ['七日年化 is no date', '该产品七日年化收益率为1.85%。', ['1.85% percent 1.85 % exact']],
    ['一日 is no date', '市值一日蒸发超千亿元。', ['超千亿元 money 100000000000 CNY at_least']],
    ['an Arabic day is a date', '公司于18日发布公告。', ['18日 date "XXXX-XX-18" date exact']],
    ['a Chinese day with its month is a date', '二〇二五年三月十八日签署协议。', ['二〇二五年三月十八日 date "2025-03-18" date exact']],
    ['连续八日 is still a duration', '连续八日净流入。', ['八日 period 8 天 exact']],
  ]);
});

describe('share prices with a qualifier, and per room-night', () => {
  run([
    ['每间夜', '平均房价为每间夜450元，每晚380元。', ['每间夜450元 price 450 CNY exact per=间夜', '每晚380元 price 380 CNY exact per=晚']],
    ['该股 + level verb + 约', '该股一度跌至约3.2元。', ['约3.2元 price 3.2 CNY approx per=股']],
    ['股价 + 不足', '公司股价目前不足10元。', ['不足10元 price 10 CNY at_most per=股']],
    ['股价 + 约', '目前股价约12.5元，市值约80亿元。', ['约12.5元 price 12.5 CNY approx per=股', '约80亿元 money 8000000000 CNY approx']],
    ['该股 without a level verb stays money', '该股主力资金净流入5000万元，分红5元。', ['5000万元 money 50000000 CNY exact', '5元 money 5 CNY exact']],
  ]);
});

#!/usr/bin/env node
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { topology } from '#topology';
import { BouclierStack } from './stack.ts';

const app = new App();
new BouclierStack(app, 'Bouclier', {
  topology,
  description: 'Bouclier: trade credit insurance backend',
  env: { account: process.env['CDK_DEFAULT_ACCOUNT'], region: process.env['CDK_DEFAULT_REGION'] },
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
